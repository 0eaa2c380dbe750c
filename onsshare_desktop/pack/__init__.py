"""The signed PDF submission pack: render (reportlab), embed and sign (pyHanko), verify and read back. No Qt here.

Entry points: ``export.export_pack`` writes a pack, ``verify.verify_pack`` checks one and returns what it signs.
"""

from onsshare_desktop import offline as _offline

_offline.install()  # before any pack module imports pyHanko: it would import aiohttp, which the app never uses
