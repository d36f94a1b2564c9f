"""A problem's function signature, as the harnesses and the checker use it."""

from __future__ import annotations

from dataclasses import dataclass

from judge.signatures.types import SigType


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
        """Every type used, with the element types of arrays, each once, elements before the arrays
        that hold them (generated C++ helpers must be declared before use)."""
        seen: dict[SigType, None] = {}
        for kind in [*(p.type for p in self.params), self.returns]:
            while True:
                seen.setdefault(kind, None)
                if kind.depth == 0:
                    break
                kind = kind.element
        return sorted(seen, key=lambda kind: kind.depth)

    def uses(self, base: str) -> bool:
        return any(kind.base == base for kind in self.types())

    def node_definitions(self, comments: dict[str, str]) -> list[str]:
        """The starter code's comment defining ListNode / TreeNode, for the ones this uses."""
        return [comments[base] for base in ("ListNode", "TreeNode") if self.uses(base)]
