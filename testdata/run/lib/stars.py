public = 'public'
_hidden = 'hidden'
def helper():
    return 'helper'
