"""Study plans: ordered sections of problems to practise in (seeds/plans/*.yaml)."""
