from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.dataset_schema import DatasetSchema
from ...models.error import Error
from ...models.register_dataset_schema import RegisterDatasetSchema
from ...types import Response


def _get_kwargs(
    *,
    body: RegisterDatasetSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dataset-schemas",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetSchema | Error:
    if response.status_code == 200:
        response_200 = DatasetSchema.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetSchema | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterDatasetSchema,
) -> Response[DatasetSchema | Error]:
    """Register a dataset schema (a pickled pydantic model)

     The official client's `register_dataset_schema` sends the model class, cloudpickled and
    base64-encoded, with
    its class name. The server keeps `cloudPickle` as it came, opaque text ("[inferred]": this mock
    never
    decodes it beyond checking it is base64, and never unpickles it); the schema is named after
    `className`.
    "[inferred]" Every registration makes a new schema.

    Args:
        body (RegisterDatasetSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSchema | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegisterDatasetSchema,
) -> DatasetSchema | Error | None:
    """Register a dataset schema (a pickled pydantic model)

     The official client's `register_dataset_schema` sends the model class, cloudpickled and
    base64-encoded, with
    its class name. The server keeps `cloudPickle` as it came, opaque text ("[inferred]": this mock
    never
    decodes it beyond checking it is base64, and never unpickles it); the schema is named after
    `className`.
    "[inferred]" Every registration makes a new schema.

    Args:
        body (RegisterDatasetSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSchema | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterDatasetSchema,
) -> Response[DatasetSchema | Error]:
    """Register a dataset schema (a pickled pydantic model)

     The official client's `register_dataset_schema` sends the model class, cloudpickled and
    base64-encoded, with
    its class name. The server keeps `cloudPickle` as it came, opaque text ("[inferred]": this mock
    never
    decodes it beyond checking it is base64, and never unpickles it); the schema is named after
    `className`.
    "[inferred]" Every registration makes a new schema.

    Args:
        body (RegisterDatasetSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSchema | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterDatasetSchema,
) -> DatasetSchema | Error | None:
    """Register a dataset schema (a pickled pydantic model)

     The official client's `register_dataset_schema` sends the model class, cloudpickled and
    base64-encoded, with
    its class name. The server keeps `cloudPickle` as it came, opaque text ("[inferred]": this mock
    never
    decodes it beyond checking it is base64, and never unpickles it); the schema is named after
    `className`.
    "[inferred]" Every registration makes a new schema.

    Args:
        body (RegisterDatasetSchema):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSchema | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
