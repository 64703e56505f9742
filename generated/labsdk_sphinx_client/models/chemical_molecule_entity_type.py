from enum import StrEnum


class ChemicalMoleculeEntityType(StrEnum):
    CHEMICAL_MOLECULE = "chemical_molecule"

    def __str__(self) -> str:
        return str(self.value)
