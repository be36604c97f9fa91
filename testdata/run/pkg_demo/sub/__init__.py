from .deep import depth_info
