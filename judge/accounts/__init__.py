"""People: users with a role, and the credentials they hold (API tokens, browser sessions,
one-time sign-in links)."""
