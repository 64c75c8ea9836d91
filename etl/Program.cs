using VolunteerDW.Etl.Cli;

return await VdwCli.RunAsync(args, Console.Out, Console.Error);
