from enum import StrEnum


class FileJobState(StrEnum):
    FINISHED = "FINISHED"
    RESOLVING = "RESOLVING"
    RUNNING = "RUNNING"
    SUBMITTED = "SUBMITTED"

    def __str__(self) -> str:
        return str(self.value)
