from judge.languages.table import LANGUAGES, Language, language_for_file

__all__ = ["LANGUAGES", "Language", "language_for_file"]
