"""onsshare-desktop: prepare, sign and screen requests to share ONS data.

Layers (imports only point down): ``domain`` (pure Python) <- ``store``, ``pack``, ``identity`` <- ``gui``, ``cli``.
"""

__version__ = "0.1.0"
