"""A client library for accessing Ion Torrent Suite REST API (rundb v1)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
