# The first idea: keep the totals in a dict and sort all the accounts that have sent money on
# every topSpenders call. Correct, but O(m log m) per call with tens of thousands of accounts.
from typing import List


class Bank:

    def __init__(self):
        self.balance = {}
        self.sent = {}

    def createAccount(self, accountId: str) -> bool:
        if accountId in self.balance:
            return False
        self.balance[accountId] = 0
        return True

    def deposit(self, accountId: str, amount: int) -> int:
        if accountId not in self.balance:
            return -1
        self.balance[accountId] += amount
        return self.balance[accountId]

    def transfer(self, fromId: str, toId: str, amount: int) -> int:
        balance = self.balance
        if fromId == toId or fromId not in balance or toId not in balance or balance[fromId] < amount:
            return -1
        balance[fromId] -= amount
        balance[toId] += amount
        self.sent[fromId] = self.sent.get(fromId, 0) + amount
        return balance[fromId]

    def topSpenders(self, n: int) -> List[str]:
        ranked = sorted(self.sent.items(), key=lambda item: (-item[1], item[0]))
        return [f"{account}({total})" for account, total in ranked[:n]]
