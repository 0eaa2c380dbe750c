"""The Qt layer: shows and edits; all storage, signing and verification go through the lower layers."""
