from enum import StrEnum


class TaskStatus(StrEnum):
    ERROR = "ERROR"
    FAILED = "FAILED"
    FAILURE = "FAILURE"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
