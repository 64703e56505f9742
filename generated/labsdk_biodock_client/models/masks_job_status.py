from enum import StrEnum


class MasksJobStatus(StrEnum):
    FAILED = "FAILED"
    RUNNING = "RUNNING"
    SUBMITTED = "SUBMITTED"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)
