class BrowserHistory:

    def __init__(self, homepage: str):
        self.pages = [homepage]  # pages[0..last] is the history; entries past last are stale
        self.current = 0
        self.last = 0

    def visit(self, url: str) -> None:
        self.current += 1
        if self.current == len(self.pages):
            self.pages.append(url)
        else:
            self.pages[self.current] = url
        self.last = self.current

    def back(self, steps: int) -> str:
        self.current = max(0, self.current - steps)
        return self.pages[self.current]

    def forward(self, steps: int) -> str:
        self.current = min(self.last, self.current + steps)
        return self.pages[self.current]
