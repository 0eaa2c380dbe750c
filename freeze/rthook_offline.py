"""Bundle run-time hook: pyHanko's two aiohttp modules replaced by stand-ins before the app starts.

The bundle ships no aiohttp (freeze/contents.py keeps it out), and the app never contacts a server. The stand-ins
are ``onsshare_desktop.offline``'s, installed here too so that nothing in the bundle can import pyHanko first.
"""

from onsshare_desktop.offline import install

install()
