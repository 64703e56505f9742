from enum import StrEnum


class VolumeAccessMode(StrEnum):
    RO = "RO"
    RW = "RW"

    def __str__(self) -> str:
        return str(self.value)
