"""What ptplanner does with the clinic's data, between the interfaces (GUI, command line) and the parts
below them: it reads and writes through storage and hands core objects to the PDF renderers in
`ptplanner.handouts`, which never touch the database themselves."""
