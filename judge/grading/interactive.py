"""An interactive test (Kattis semantics): the solution and the problem's interactor run at once,
in two sandboxes, joined only by their standard streams (judge/sandbox/relay.py). The interactor
gets `input answer feedback_dir` as arguments, reads the test input, talks to the solution and
decides by its exit code: 42 accepted, 43 wrong answer, and a message in `feedback/`.

The verdict, as problemtools gives it:
- the interactor ended any other way (crashed, ran out of time): the judge's fault, never the
  user's (CheckerError: retried, then IE);
- the interactor said "wrong" and ended first: WA, whatever the solution did after;
- else the solution's own failure, if any (TLE, MLE, OLE, RE: a solution that never flushes
  waits for an answer that never comes, and its wall clock ends it: TLE);
- else the interactor's word (42 AC, 43 WA).

Time is the solution's CPU time. The interactor's wall limit is the solution's plus a margin, so
that on a deadlock the solution is stopped first and the interactor then sees its end of file."""

from __future__ import annotations

from dataclasses import dataclass, replace

from judge.grading.checkers import ACCEPT_EXIT, TEAM_MESSAGE, WRONG_EXIT, CheckerError, fresh_feedback
from judge.grading.program import Program
from judge.grading.verdicts import FROM_RUN_STATUS, Verdict
from judge.sandbox.base import ExecResult, Limits, RunStatus, SandboxSession, Transcript

# The interactor outlives the solution by this much on a deadlock.
INTERACTOR_WALL_MARGIN_MS = 2000


@dataclass(frozen=True)
class InteractiveOutcome:
    verdict: Verdict
    message: str
    solution: ExecResult
    interaction: str  # the transcript, `>` for what the solution wrote and `<` for what it read


class Interactor:
    """The problem's interactor, compiled once in a session of its own (it reads the answer file,
    which never enters the solution's sandbox)."""

    def __init__(self, session: SandboxSession, program: Program, limits: Limits) -> None:
        self.session = session
        self.program = program
        self.limits = limits
        session.write_file("feedback/.keep", b"")

    def run(
        self,
        solution_session: SandboxSession,
        solution: Program,
        input_data: bytes,
        answer: bytes,
        limits: Limits,
        args: tuple[str, ...] = (),
    ) -> InteractiveOutcome:
        self.session.write_file("input", input_data)
        self.session.write_file("answer", answer)
        fresh_feedback(self.session)
        run_limits = solution.language.run_limits(limits)
        solution_wall = run_limits.to_wire()["wall_ms"]
        assert solution_wall is not None
        interactor_limits = replace(
            self.program.language.run_limits(self.limits), wall_ms=solution_wall + INTERACTOR_WALL_MARGIN_MS
        )
        transcript = Transcript()
        connected = solution_session.execute_connected(
            solution.command(run_limits),
            limits=run_limits,
            env=solution.language.environment(run_limits),
            peer=self.session,
            peer_argv=self.program.command(interactor_limits, ["input", "answer", "feedback", *args]),
            peer_limits=interactor_limits,
            peer_env=self.program.language.environment(interactor_limits),
            # A wrong answer the interactor gave first stands: the solution need not run on.
            stop_first=lambda result: result.exit_code == WRONG_EXIT,
            transcript=transcript,
        )
        ran = solution.classify(connected.first)
        interactor = connected.second
        if interactor.exit_code not in (ACCEPT_EXIT, WRONG_EXIT):
            detail = interactor.stderr.decode(errors="replace")[-2000:]
            raise CheckerError(
                f"interactor failed ({interactor.status.value}, exit {interactor.exit_code}, "
                f"signal {interactor.signal}): {detail}"
            )
        if interactor.exit_code == WRONG_EXIT and connected.second_ended_first:
            verdict, message = Verdict.WA, self.message()
        elif ran.status is not RunStatus.OK:
            verdict, message = FROM_RUN_STATUS[ran.status], ""
        elif ran.time_ms > limits.cpu_ms:
            verdict, message = Verdict.TLE, ""
        elif interactor.exit_code == ACCEPT_EXIT:
            verdict, message = Verdict.AC, ""
        else:
            verdict, message = Verdict.WA, self.message()
        return InteractiveOutcome(verdict, message, ran, transcript.interaction())

    def message(self) -> str:
        told = self.session.read_file(f"feedback/{TEAM_MESSAGE}", max_bytes=4096).decode(errors="replace")
        return " ".join(told.split())[:500] or "rejected by the problem's interactor"
