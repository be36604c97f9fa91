# Generated f-strings: nesting, specs, conversions, '=' and concatenation.
v = f'''''' 'lit'
v = F"{ {'k': v} !a}" F'}}'
v = 'lit' rf'\t{ x =!a:>{w}}'
v = F'{x if y else z !r:{w}.{p}}' 'lit' fR"{x!r}"
v = fR""
v = rf'''{ x :.2f}''' 'lit'
v = 'lit' F"""{x+1*[1, 2]*x+1 !a}
{f'''é{ x+1 }{ y.z !r:%Y}{f(x)= !s}''' and -x*y.z and x+1 and 1 and y.z + a[0] =:.2f}
{ x }""" fR' '
v = F'''{(x, y):%Y}{ x}{x+1 !s}
{ 1}'''
v = rf'''é'''
v = f"{ 1:>{w}}x=" 'lit'
v = fR"""""" rf'''{ (x, y) }\t{ 1!a:%Y}
{x!a}'''
v = F"{ y.z :%Y}{ F'}}{x !a} {x =!s:>{w}}' }{rf'''{x}{ (x, y) }
''' + x if y else z + -x + y.z!r:>10}{ F''!s}" 'lit'
v = f"abc{ x}"
v = f"""\t
{ x}""" rf"""""" f"{a[0] + a[0] + f(x)*x + [1, 2] and -x:%Y}{ x}{f'{{\t{ x =!a}'=}{x}"
v = fR'\t{ x= :%Y}{x !r:%Y}{ f"é\n{x = !r}" }' f'é{x:>10}{ x }{{'
v = rf'''''' f""""""
v = 'lit' rf'''{ x !a}''' fR'''{x = }'''
v = F"" 'lit' f"{a[0]:>10}é"
v = 'lit' F'{ x!a:{w}.{p}}{x:>{w}}{ x=!a}{ x=}'
v = rf'{[1, 2]=!s}{ x!a}' fR"{1 }{F'{ -x}{x !s:{w}} ' }\t"
v = 'lit' fR'\n{x:.2f}'
v = f'{ x!r}{x = :.2f}abc' f'}}\n\t' fR"""\t{ -x}abc"""
v = 'lit' 'lit'
v = 'lit' F"{x if y else z !a}"
v = rf'{ x}{rf"{ x+1 }é\t" !s:{w}.{p}}{ x !s}{{' rf"""é{ x+1=!s}""" rf' '
v = fR"""{ x+1*x+1*-x and a[0] and x if y else z:%Y}{ x}
{x !s}""" rf"{x}é{x !r}{ x = :>10}"
v = 'lit' fR"}}{ x!s:>10}"
v = 'lit' F'{ x if y else z }{1}{x } '
v = f'{a[0] and (x, y) + -x and 1 + y.z + x+1*x and -x =:^{w}x}}}é' rf''
v = 'lit' 'lit' F''
v = 'lit'
v = 'lit' f'''}}}}{ x}
}}''' f'''{ rf"""""" }
{y.z:>{w}}{ x}{(x, y) + (x, y)*-x + x+1 + f(x) and x if y else z + [1, 2]=:{w}.{p}}'''
v = fR"""{{'k': v}}""" F'''{x if y else z}{ x }''' 'lit'
v = f'{ x !s}x={ 1 + y.z*f(x) + -x and f(x) }{x:%Y}'
v = f"é" fR"""\n{x+1:>10}{[1, 2]*1 and x if y else z + [1, 2] }
"""
v = f"{'s' !s:.2f}{{{ f'''{[1, 2]*y.z and y.z= :{w}}\n''':}{-x*-x and {'k': v} and (x, y)}"
v = rf""
v = 'lit' 'lit'
v = 'lit'
v = fR'''\t'''
