# A careless version: it forgets that a transfer to the same account fails, so such a transfer
# "succeeds" (the balance is unchanged) and its amount is counted as sent.
import heapq
from typing import List


class Bank:

    def __init__(self):
        self.balance = {}
        self.sent = {}
        self.heap = []

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
        if fromId not in balance or toId not in balance or balance[fromId] < amount:
            return -1
        balance[fromId] -= amount
        balance[toId] += amount
        total = self.sent.get(fromId, 0) + amount
        self.sent[fromId] = total
        heapq.heappush(self.heap, (-total, fromId))
        return balance[fromId]

    def topSpenders(self, n: int) -> List[str]:
        heap, sent = self.heap, self.sent
        taken = []
        while heap and len(taken) < n:
            entry = heapq.heappop(heap)
            if sent[entry[1]] == -entry[0]:
                taken.append(entry)
        for entry in taken:
            heapq.heappush(heap, entry)
        return [f"{account}({-total})" for total, account in taken]
