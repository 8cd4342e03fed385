console.log('reckon: the report command arrives with the CLI; see README.');
