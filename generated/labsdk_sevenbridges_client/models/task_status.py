from enum import StrEnum


class TaskStatus(StrEnum):
    ABORTED = "ABORTED"
    ABORTING = "ABORTING"
    COMPLETED = "COMPLETED"
    CREATING = "CREATING"
    DRAFT = "DRAFT"
    FAILED = "FAILED"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
