return (1,
