namespace Eboi.Forms.Domain;

/// <summary>What a form field asks for; decides its input and its checks (names are stored in form versions: never rename).</summary>
internal enum FieldKind
{
    Text,
    LongText,
    Number,
    Date,
    Select,
    Checkbox,
    Pesel,
    Nip,
    Address,
    Attachment,
}
