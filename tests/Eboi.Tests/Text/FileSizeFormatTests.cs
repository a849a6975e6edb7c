using Eboi.Core.Text;

namespace Eboi.Tests.Text;

public sealed class FileSizeFormatTests
{
    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(45, "45 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1024, "1 kB")]
    [InlineData(8704, "8,5 kB")]
    [InlineData(1048575, "1024 kB")]
    [InlineData(1048576, "1 MB")]
    [InlineData(10 * 1024 * 1024, "10 MB")]
    [InlineData(2411725, "2,3 MB")]
    public void Sizes_read_in_polish_with_a_unit_that_never_rounds_a_file_to_nothing(long bytes, string expected) =>
        Assert.Equal(expected, FileSizeFormat.Format(bytes));
}
