class BrowserHistory:
    """Two stacks, pages behind and pages ahead, moving one page per step: O(steps) per call,
    quadratic when long jumps go back and forth over a long history."""

    def __init__(self, homepage: str):
        self.behind = []
        self.current = homepage
        self.ahead = []

    def visit(self, url: str) -> None:
        self.behind.append(self.current)
        self.current = url
        self.ahead.clear()

    def back(self, steps: int) -> str:
        while steps > 0 and self.behind:
            self.ahead.append(self.current)
            self.current = self.behind.pop()
            steps -= 1
        return self.current

    def forward(self, steps: int) -> str:
        while steps > 0 and self.ahead:
            self.behind.append(self.current)
            self.current = self.ahead.pop()
            steps -= 1
        return self.current
