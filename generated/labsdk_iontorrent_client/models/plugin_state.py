from enum import StrEnum


class PluginState(StrEnum):
    ARCHIVED = "Archived"
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    DECLINED = "Declined"
    ERROR = "Error"
    PENDING = "Pending"
    QUEUED = "Queued"
    RESOURCE = "Resource"
    STARTED = "Started"
    TIMED_OUT = "Timed Out"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
