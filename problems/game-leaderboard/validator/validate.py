"""Validates one input of Game Leaderboard: exits 42 if valid, 43 (reason on stderr) if not."""

import json
import sys

MAXCALLS = 200_000
MAXID = 10**9
MAXSCORE = 10**5
ARITY = {"addScore": 2, "top": 1, "reset": 1}


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def main():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("input is not ASCII")
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        fail(f"expected exactly 2 lines (operations, arguments), got {len(lines)}")
    try:
        names = json.loads(lines[0])
        args = json.loads(lines[1])
    except ValueError:
        fail("a line is not JSON")
    for number, (line, value) in enumerate(zip(lines, (names, args)), 1):
        if line != compact(value):
            fail(f"line {number} is not compact JSON (no spaces)")
    if not isinstance(names, list) or not isinstance(args, list) or len(names) != len(args):
        fail("the two lines must be arrays of the same length")
    if not names or names[0] != "Leaderboard" or args[0] != []:
        fail('the first operation must be "Leaderboard" with no arguments')
    if len(names) - 1 > MAXCALLS:
        fail(f"{len(names) - 1} calls, at most {MAXCALLS} allowed")
    board = {}  # player on the board -> score
    for i in range(1, len(names)):
        name, given = names[i], args[i]
        if name not in ARITY:
            fail(f"operation {i + 1}: unknown operation {name!r}")
        if not isinstance(given, list) or len(given) != ARITY[name]:
            fail(f"operation {i + 1}: {name} takes {ARITY[name]} argument(s)")
        if name == "top":
            k = given[0]
            if not is_int(k) or not 1 <= k <= len(board):
                fail(f"operation {i + 1}: k = {k!r} is not an integer in [1, {len(board)}] (players on the board)")
            continue
        player = given[0]
        if not is_int(player) or not 1 <= player <= MAXID:
            fail(f"operation {i + 1}: playerId = {player!r} is not an integer in [1, 10^9]")
        if name == "addScore":
            score = given[1]
            if not is_int(score) or not 1 <= score <= 100:
                fail(f"operation {i + 1}: score = {score!r} is not an integer in [1, 100]")
            new = board.get(player, 0) + score
            if new > MAXSCORE:
                fail(f"operation {i + 1}: player {player}'s score would become {new} > 10^5")
            board[player] = new
        else:
            if player not in board:
                fail(f"operation {i + 1}: reset of player {player}, who is not on the board")
            del board[player]
    sys.exit(42)


if __name__ == "__main__":
    main()
