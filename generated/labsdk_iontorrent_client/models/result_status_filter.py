from enum import StrEnum


class ResultStatusFilter(StrEnum):
    COMPLETED = "Completed"
    ERROR = "Error"
    OTHER = "Other"
    PROGRESS = "Progress"

    def __str__(self) -> str:
        return str(self.value)
