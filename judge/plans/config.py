"""A study plan's file, `seeds/plans/<slug>.yaml`, validated: unknown keys are errors.

title: Backend interview 75
description: The topics of a backend interview, in the order the best-known lists teach them.
sections:
  - title: Arrays and hashing
    problems:
      - pair-with-sum
      - {slug: group-anagrams, note: "sort each word, or count its letters"}
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,99}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlanItemConfig(Strict):
    slug: str = Field(pattern=SLUG_PATTERN)
    note: str = Field(default="", max_length=300)


class PlanSectionConfig(Strict):
    title: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=1000)
    problems: list[PlanItemConfig] = Field(min_length=1, max_length=100)

    @field_validator("problems", mode="before")
    @classmethod
    def bare_slugs(cls, value: Any) -> Any:
        """A problem is a slug, or a mapping with a note."""
        if isinstance(value, list):
            return [{"slug": item} if isinstance(item, str) else item for item in value]
        return value


class PlanConfig(Strict):
    title: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=2000)
    sections: list[PlanSectionConfig] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def each_problem_once(self) -> PlanConfig:
        seen: set[str] = set()
        for section in self.sections:
            for item in section.problems:
                if item.slug in seen:
                    raise ValueError(f"{item.slug} is in the plan twice (section {section.title!r})")
                seen.add(item.slug)
        return self
