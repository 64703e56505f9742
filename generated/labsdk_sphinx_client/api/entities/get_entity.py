from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.aa_sequence_entity import AaSequenceEntity
from ...models.aa_structure_entity import AaStructureEntity
from ...models.cell_line_entity import CellLineEntity
from ...models.chemical_molecule_entity import ChemicalMoleculeEntity
from ...models.control_entity import ControlEntity
from ...models.dna_sequence_entity import DnaSequenceEntity
from ...models.error import Error
from ...models.rna_sequence_entity import RnaSequenceEntity
from ...types import Response, decode_all


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/entities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            AaSequenceEntity
            | AaStructureEntity
            | CellLineEntity
            | ChemicalMoleculeEntity
            | ControlEntity
            | DnaSequenceEntity
            | RnaSequenceEntity
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_0 = AaSequenceEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_0)
                return componentsschemas_entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_1 = AaStructureEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_1)
                return componentsschemas_entity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_2 = CellLineEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_2)
                return componentsschemas_entity_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_3 = ChemicalMoleculeEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_3)
                return componentsschemas_entity_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_4 = ControlEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_4)
                return componentsschemas_entity_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_entity_type_5 = DnaSequenceEntity.from_dict(data)

                decode_all(componentsschemas_entity_type_5)
                return componentsschemas_entity_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_entity_type_6 = RnaSequenceEntity.from_dict(data)

            return componentsschemas_entity_type_6

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
]:
    """Fetch an entity

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity | DnaSequenceEntity | RnaSequenceEntity | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
    | None
):
    """Fetch an entity

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity | DnaSequenceEntity | RnaSequenceEntity | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
]:
    """Fetch an entity

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity | DnaSequenceEntity | RnaSequenceEntity | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> (
    AaSequenceEntity
    | AaStructureEntity
    | CellLineEntity
    | ChemicalMoleculeEntity
    | ControlEntity
    | DnaSequenceEntity
    | RnaSequenceEntity
    | Error
    | None
):
    """Fetch an entity

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AaSequenceEntity | AaStructureEntity | CellLineEntity | ChemicalMoleculeEntity | ControlEntity | DnaSequenceEntity | RnaSequenceEntity | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
