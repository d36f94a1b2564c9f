"""A problem's function signature, as the harnesses and the checker use it."""

from __future__ import annotations

from dataclasses import dataclass

from judge.signatures.types import SigType, closure, node_definitions


@dataclass(frozen=True)
class Param:
    name: str
    type: SigType


@dataclass(frozen=True)
class Signature:
    function: str
    params: tuple[Param, ...]
    returns: SigType
    compare: str = "exact"  # exact | any_order | any_order_deep
    float_tolerance: float = 1e-6

    def types(self) -> list[SigType]:
        """Every type used, elements before the arrays that hold them (types.closure)."""
        return closure([*(p.type for p in self.params), self.returns])

    def node_definitions(self, comments: dict[str, str]) -> list[str]:
        """The starter code's comment defining ListNode / TreeNode, for the ones this uses."""
        return node_definitions(self.types(), comments)
