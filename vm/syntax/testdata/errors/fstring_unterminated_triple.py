f"""abc {x}
