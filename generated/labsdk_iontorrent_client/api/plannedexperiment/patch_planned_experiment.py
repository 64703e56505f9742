from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.planned_experiment import PlannedExperiment
from ...models.planned_experiment_patch import PlannedExperimentPatch
from ...models.tastypie_error import TastypieError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: PlannedExperimentPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/plannedexperiment/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlannedExperiment | TastypieError:
    if response.status_code == 202:
        response_202 = PlannedExperiment.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = TastypieError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PlannedExperiment | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentPatch,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Change some fields of a plan

    Args:
        id (int):
        body (PlannedExperimentPatch): Some fields of a plan, checked as on creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperiment | TastypieError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentPatch,
) -> Any | PlannedExperiment | TastypieError | None:
    """Change some fields of a plan

    Args:
        id (int):
        body (PlannedExperimentPatch): Some fields of a plan, checked as on creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperiment | TastypieError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentPatch,
) -> Response[Any | PlannedExperiment | TastypieError]:
    """Change some fields of a plan

    Args:
        id (int):
        body (PlannedExperimentPatch): Some fields of a plan, checked as on creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperiment | TastypieError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PlannedExperimentPatch,
) -> Any | PlannedExperiment | TastypieError | None:
    """Change some fields of a plan

    Args:
        id (int):
        body (PlannedExperimentPatch): Some fields of a plan, checked as on creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperiment | TastypieError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
