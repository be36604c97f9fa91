value = 1
raise ValueError('lib.raises fails during import')
