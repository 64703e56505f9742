"""Sphinx Bio's catalog: files, annotations, analyses, analysis templates, entities and dataset schemas.

The resource store serves them from ``x-resources`` (lists with ``sort`` and the ``created.*`` / ``updated.*``
ranges, reads, creates, the entity PATCH); these hooks hold what a declaration cannot say. Choices where the vendor
is silent are marked ``[inferred]`` in the spec:

- a new file is a staged upload's bytes (the path of ``GET /api/storage/url/upload``); its download is a signed URL
  of them, named after the file, or for a file in external storage (``file_121gb31``) a 307 ``Redirect`` to it;
- ``POST /v1/entities`` (the client's flat ``CreateEntity``, no ``type``) makes a ``control`` if ``isControl``, else
  a ``cell_line``, in an existing campaign, and answers an array of the one entity made;
- an analysis template remembers the analysis it was made from (which must exist);
- a registered dataset schema keeps ``cloudPickle`` as the text it came as, after checking only that it is base64:
  it is never decoded further, let alone unpickled.
"""

from __future__ import annotations

import base64
import binascii
import json
import mimetypes
import random
from typing import Any

from ...core import Call, MockHTTPError, MockResponse, Record, json_response
from .models import SphinxState
from .responses import handlers, redirected


@handlers.prepare("entity")
def entity_type(state: SphinxState, call: Call, fields: Record) -> None:
    if "type" in fields:  # an update: the type stays what it was
        return
    state.ctx.store["campaign"].require(fields["campaignId"])  # required by the request schema
    fields["type"] = "control" if fields.get("isControl") else "cell_line"


@handlers.after("createEntity")
def created_entities(state: SphinxState, call: Call, served: Any) -> Any:
    return [served]


@handlers.prepare("analysis-template")
def template_source(state: SphinxState, call: Call, fields: Record) -> None:
    analysis = call.body.get("analysisId") if isinstance(call.body, dict) else None
    fields["analysisId"] = state.ctx.store["analysis"].require(analysis)["id"]


@handlers.prepare("dataset-schema")
def schema_text(state: SphinxState, call: Call, fields: Record) -> None:
    pickled = call.body.get("cloudPickle") if isinstance(call.body, dict) else None
    try:
        base64.b64decode(str(pickled), validate=True)
    except (binascii.Error, ValueError):
        raise MockHTTPError(400, "cloudPickle must be base64 (the client's base64-encoded cloudpickle)") from None
    fields["name"] = fields.pop("className")
    fields["cloudPickle"] = pickled  # opaque text: kept as it came, never unpickled


@handlers.prepare("file")
def file_from_upload(state: SphinxState, call: Call, fields: Record) -> None:
    path = fields.pop("stagedUploadPath", None)
    if path is None:  # not a create: the file keeps its content
        return
    staged = state.staged_upload(str(path))
    name = str(fields["name"])
    declared = staged.media_type if staged.media_type not in ("", "application/octet-stream") else None
    fields["mimetype"] = declared or mimetypes.guess_type(name)[0] or "application/octet-stream"
    key = f"files/{fields['id']}/{name}"
    state.ctx.objects.put(key, staged.content, str(fields["mimetype"]), name)
    fields["content"] = key


@handlers("downloadFile")
def download_file(state: SphinxState, call: Call) -> MockResponse:
    record = state.ctx.store["file"].require(call.path["id"])
    key = record.get("content") or f"files/{record['id']}/{record['name']}"
    if key not in state.ctx.objects:  # a demo file: its content is made on its first download
        state.ctx.objects.put(key, demo_file_content(record), record["mimetype"], record["name"])
    url = state.ctx.objects.url(call.origin, key)
    if record.get("storage") == "external":  # kept elsewhere: a redirect, as for a dataset's download
        return redirected(url)
    return json_response({"signedUrl": url})


def demo_file_content(record: Record) -> bytes:
    """A demo file's bytes, of its mimetype: a small plate-reader CSV, JSON settings, or a stub of the binary
    formats (PDF, PNG, XLSX) that starts as such a file does."""
    name = str(record["name"])
    mimetype = str(record["mimetype"])
    if mimetype == "text/csv":
        rng = random.Random(str(record["id"]))
        rows = [f"{'ABCDEFGH'[i // 12]}{i % 12 + 1:02d},{rng.randint(800, 52000)}" for i in range(96)]
        return ("well,signal\n" + "\n".join(rows) + "\n").encode()
    if mimetype == "application/json":
        return json.dumps({"file": record["id"], "name": name, "gain": 100, "wavelengthNm": 450}).encode()
    magic = {"application/pdf": b"%PDF-1.4\n", "image/png": b"\x89PNG\r\n\x1a\n"}.get(mimetype, b"PK\x03\x04")
    return magic + f"demo content of {record['id']} ({name})\n".encode()
