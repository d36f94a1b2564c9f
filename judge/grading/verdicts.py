"""The verdicts of the contract, and how a sandbox run status becomes one."""

from __future__ import annotations

import enum

from judge.sandbox.base import RunStatus


class Verdict(enum.StrEnum):
    AC = "AC"  # accepted
    WA = "WA"  # wrong answer
    TLE = "TLE"  # time limit exceeded (CPU, or the wall clock for sleepers)
    MLE = "MLE"  # memory limit exceeded
    OLE = "OLE"  # output limit exceeded
    RE = "RE"  # runtime error
    CE = "CE"  # compilation error
    IE = "IE"  # internal error: the judge's fault, given only after retries


FROM_RUN_STATUS = {
    RunStatus.TLE: Verdict.TLE,
    RunStatus.MLE: Verdict.MLE,
    RunStatus.OLE: Verdict.OLE,
    RunStatus.RE: Verdict.RE,
}
