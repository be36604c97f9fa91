import keyword
print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
for w in ['if', 'match', 'case', 'type', '_', 'print', 'None', 'async', 'nonlocal', 'True', 'self']:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
