from enum import StrEnum


class I18NStatusState(StrEnum):
    COMPLETED = "Completed"
    ERROR = "Error"
    OTHER = "Other"
    PROGRESS = "Progress"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
