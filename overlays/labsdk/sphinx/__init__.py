"""The Sphinx Bio API client: ``from labsdk import sphinx; sphinx.Sphinx(api_key=...)``.

Thin: every method is a one-liner over the engines; the ``nextToken`` pagination, the task polling and the
signed-URL fields are driven by the declarations in specs/sphinx.yaml. ``Sphinx`` (sync) is derived from
``AsyncSphinx`` (``_async.py``, the one written by hand) by ``tools/codegen/unasync.py``.

    with sphinx.Sphinx(api_key="...") as client:                  # or SPHINX_API_KEY in the environment
        for dataset in client.list_datasets():                    # every page, following nextToken
            print(dataset.id, dataset.name)
        client.download_plot("plot_12345", "plot.svg")            # the signed URL, fetched without the key
        frame = client.read_datatable("dt_12345", timeout=600)    # export task, polled, CSV read by pandas
"""

from labsdk_sphinx_client.models import (
    Campaign,
    Dataset,
    Datatable,
    DatatableDownload,
    Plot,
    PlotDownload,
    Task,
    TaskResult,
    TaskStatus,
)

from ._async import AsyncSphinx
from ._sync import Sphinx

__all__ = [
    "AsyncSphinx",
    "Campaign",
    "Dataset",
    "Datatable",
    "DatatableDownload",
    "Plot",
    "PlotDownload",
    "Sphinx",
    "Task",
    "TaskResult",
    "TaskStatus",
]
