class BrowserHistory:
    """Overwrites the next entry on a visit but forgets to cut the history there: when the user
    goes back and then visits a page, Forward can still reach the stale pages after it."""

    def __init__(self, homepage: str):
        self.pages = [homepage]
        self.current = 0

    def visit(self, url: str) -> None:
        self.current += 1
        if self.current == len(self.pages):
            self.pages.append(url)
        else:
            self.pages[self.current] = url

    def back(self, steps: int) -> str:
        self.current = max(0, self.current - steps)
        return self.pages[self.current]

    def forward(self, steps: int) -> str:
        self.current = min(len(self.pages) - 1, self.current + steps)
        return self.pages[self.current]
