from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.analysis_job import AnalysisJob
from ...models.error import Error
from ...models.submit_analysis_job import SubmitAnalysisJob
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitAnalysisJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analysis-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalysisJob | Error:
    if response.status_code == 200:
        response_200 = AnalysisJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalysisJob | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAnalysisJob,
) -> Response[AnalysisJob | Error]:
    """Submit an analysis job

     The files must already be uploaded and the pipeline must be a published, user-created one
    (Biodock's own pipelines are not available through the API). [inferred] An unknown pipeline or
    filesystem id gives 404; folder ids are accepted and stand for the files they hold.

    Args:
        body (SubmitAnalysisJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisJob | Error]
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
    body: SubmitAnalysisJob,
) -> AnalysisJob | Error | None:
    """Submit an analysis job

     The files must already be uploaded and the pipeline must be a published, user-created one
    (Biodock's own pipelines are not available through the API). [inferred] An unknown pipeline or
    filesystem id gives 404; folder ids are accepted and stand for the files they hold.

    Args:
        body (SubmitAnalysisJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisJob | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAnalysisJob,
) -> Response[AnalysisJob | Error]:
    """Submit an analysis job

     The files must already be uploaded and the pipeline must be a published, user-created one
    (Biodock's own pipelines are not available through the API). [inferred] An unknown pipeline or
    filesystem id gives 404; folder ids are accepted and stand for the files they hold.

    Args:
        body (SubmitAnalysisJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalysisJob | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitAnalysisJob,
) -> AnalysisJob | Error | None:
    """Submit an analysis job

     The files must already be uploaded and the pipeline must be a published, user-created one
    (Biodock's own pipelines are not available through the API). [inferred] An unknown pipeline or
    filesystem id gives 404; folder ids are accepted and stand for the files they hold.

    Args:
        body (SubmitAnalysisJob):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalysisJob | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
