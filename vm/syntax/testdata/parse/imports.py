import os
import os.path
import os.path as osp
import sys, re as regex, json
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
from . import sibling
from .. import parent
from .module import name
from ...pkg.sub import thing
from .... import deep
from ..... import deeper
from __future__ import annotations
from module import *
