namespace VolunteerDW.Tests.Support;

/// <summary>
/// Runs one of the tests' Python scripts under the system interpreter, where the Debian packages
/// python3-openpyxl and python3-pil are installed: another program's view of our workbooks.
/// </summary>
public static class PythonScript
{
    /// <summary>Runs the script with the arguments and standard input; returns its standard output, failing the test on a non-zero exit.</summary>
    public static Task<string> RunAsync(string script, IEnumerable<string> arguments, string input = "") =>
        ExternalProgram.RunAsync("/usr/bin/python3", [script, .. arguments],
            "install python3, python3-openpyxl and python3-pil (apt-get install -y python3-openpyxl python3-pil)", input);
}
