from enum import StrEnum


class AaStructureEntityType(StrEnum):
    AA_STRUCTURE = "aa_structure"

    def __str__(self) -> str:
        return str(self.value)
