from judge.languages.table import LANGUAGES, PROGRAM_LANGUAGES, Language, language_for_file

__all__ = ["LANGUAGES", "PROGRAM_LANGUAGES", "Language", "language_for_file"]
