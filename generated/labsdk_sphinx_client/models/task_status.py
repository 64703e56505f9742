from enum import StrEnum


class TaskStatus(StrEnum):
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
