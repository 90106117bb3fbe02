using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CloudApi.Sdk.Tests.Architecture;

/// <summary>
/// Which top-level folder of <c>src/CloudApi.Sdk</c> uses which, read from the compiled assembly: a type belongs to the folder of
/// its source file (from the portable PDB), and it uses every type of the assembly named in its base type, interfaces,
/// fields, method signatures, locals and the members its method bodies touch.
/// </summary>
internal sealed class FolderGraph
{
    /// <summary>The files directly in <c>src/CloudApi.Sdk</c> (the client and its options): the composition root, above every folder.</summary>
    public const string Root = "(root)";

    private const string SourceFolder = "src/CloudApi.Sdk/";

    /// <summary>
    /// Types that gather every folder by design and count as part of the composition root: the one source-generated JSON
    /// context (DESIGN.md: one context for the whole wire layer) names the DTOs of every resource folder, which use it back;
    /// <c>WhatsAppModelFactory</c> (one partial per folder) builds every folder's results for users' tests.
    /// </summary>
    private static readonly HashSet<string> Aggregates = new(StringComparer.Ordinal)
    {
        "CloudApi.Sdk.Serialization.WhatsAppJsonContext",
        "CloudApi.Sdk.WhatsAppModelFactory",
    };

    // The PDB record Roslyn writes for types that have no method body with sequence points (interfaces, enums, ...).
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private FolderGraph(Dictionary<(string From, string To), string> edges) => Edges = edges;

    /// <summary>Every folder-to-folder use, with one example (<c>Type -&gt; Type</c>) of it.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges { get; }

    public static FolderGraph Of(Assembly assembly)
    {
        var folders = FoldersOfTypes(assembly);
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            if (FolderOf(type, folders) is not { } from)
            {
                continue;
            }

            if (IsAggregate(type))
            {
                from = Root;
            }

            foreach (var used in UsedTypes(type))
            {
                if (used.Assembly == assembly && FolderOf(used, folders) is { } found && (IsAggregate(used) ? Root : found) is var to && to != from)
                {
                    edges.TryAdd((from, to), $"{type.FullName} -> {used.FullName}");
                }
            }
        }

        return new FolderGraph(edges);
    }

    /// <summary>The cycles between folders (strongly connected components of more than one folder), leaving out <see cref="Root"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var successors = Edges.Keys
            .Where(edge => edge.From != Root && edge.To != Root)
            .GroupBy(edge => edge.From)
            .ToDictionary(group => group.Key, group => group.Select(edge => edge.To).ToList());
        var nodes = successors.Keys.Concat(successors.Values.SelectMany(to => to)).Distinct().Order(StringComparer.Ordinal).ToList();
        return StronglyConnected(nodes, node => successors.TryGetValue(node, out var to) ? to : []).Where(component => component.Count > 1).ToList();
    }

    /// <summary>Tarjan's algorithm.</summary>
    internal static List<IReadOnlyList<string>> StronglyConnected(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> successors)
    {
        var index = new Dictionary<string, int>();
        var lowLink = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = lowLink[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in successors(node))
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], nextIndex);
                }
            }

            if (lowLink[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                component.Sort(StringComparer.Ordinal);
                components.Add(component);
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    private static bool IsAggregate(Type type)
    {
        var outermost = type;
        while (outermost.DeclaringType is { } declaring)
        {
            outermost = declaring;
        }

        return Aggregates.Contains(outermost.FullName!);
    }

    private static string? FolderOf(Type type, Dictionary<int, string> folders)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (folders.TryGetValue(current.MetadataToken, out var folder))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>The folder of each type defined in source (by metadata token); compiler- and generator-made types have none.</summary>
    private static Dictionary<int, string> FoldersOfTypes(Assembly assembly)
    {
        using var peStream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(peStream);
        var metadata = pe.GetMetadataReader();
        using var pdbStream = File.OpenRead(Path.ChangeExtension(assembly.Location, ".pdb"));
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = pdbProvider.GetMetadataReader();

        var documents = new Dictionary<TypeDefinitionHandle, HashSet<DocumentHandle>>();
        void Add(TypeDefinitionHandle type, DocumentHandle document)
        {
            if (!documents.TryGetValue(type, out var set))
            {
                documents[type] = set = [];
            }

            set.Add(document);
        }

        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            foreach (var method in metadata.GetTypeDefinition(typeHandle).GetMethods())
            {
                var info = pdb.GetMethodDebugInformation(method);
                if (!info.Document.IsNil)
                {
                    Add(typeHandle, info.Document);
                }
                else if (!info.SequencePointsBlob.IsNil)
                {
                    foreach (var point in info.GetSequencePoints())
                    {
                        Add(typeHandle, point.Document);
                    }
                }
            }
        }

        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (information.Parent.Kind == HandleKind.TypeDefinition && pdb.GetGuid(information.Kind) == TypeDefinitionDocuments)
            {
                var blob = pdb.GetBlobReader(information.Value);
                while (blob.RemainingBytes > 0)
                {
                    Add((TypeDefinitionHandle)information.Parent, MetadataTokens.DocumentHandle(blob.ReadCompressedInteger()));
                }
            }
        }

        var folders = new Dictionary<int, string>();
        foreach (var (type, handles) in documents)
        {
            var typeFolders = handles
                .Select(document => FolderOfFile(pdb.GetString(pdb.GetDocument(document).Name)))
                .OfType<string>()
                .Distinct()
                .ToList();
            var definition = metadata.GetTypeDefinition(type);
            if (Aggregates.Contains($"{metadata.GetString(definition.Namespace)}.{metadata.GetString(definition.Name)}"))
            {
                folders[MetadataTokens.GetToken(type)] = Root;
                continue;
            }

            if (typeFolders.Count > 1)
            {
                throw new InvalidOperationException(
                    $"{metadata.GetString(metadata.GetTypeDefinition(type).Name)} is declared in several folders: {string.Join(", ", typeFolders)}.");
            }

            if (typeFolders.Count == 1)
            {
                folders[MetadataTokens.GetToken(type)] = typeFolders[0];
            }
        }

        return folders;
    }

    /// <summary>The top-level folder of a source file of the package, <see cref="Root"/> for its top files, null for generated code.</summary>
    private static string? FolderOfFile(string path)
    {
        path = path.Replace('\\', '/');
        var start = path.LastIndexOf(SourceFolder, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var relative = path[(start + SourceFolder.Length)..];
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Root;
        }

        var folder = relative[..slash];

        // Source generators name their documents after themselves under the project folder: not a folder of ours.
        return folder is "obj" or "bin" || folder.Contains('.', StringComparison.Ordinal) ? null : folder;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var used = new HashSet<Type>();
        void Use(Type? t)
        {
            if (t is null || t.IsGenericParameter || !used.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Use(t.GetElementType());
            }

            if (t.IsConstructedGenericType)
            {
                Use(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Use(argument);
                }
            }
        }

        Use(type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Use(contract);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Use(field.FieldType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Use(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(parameter.ParameterType);
            }

            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Use(local.LocalType);
            }

            foreach (var member in MembersIn(method, body.GetILAsByteArray() ?? []))
            {
                Use(member as Type ?? member.DeclaringType);
                if (member is FieldInfo field)
                {
                    Use(field.FieldType);
                }
                else if (member is MethodInfo called)
                {
                    Use(called.ReturnType);
                    foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                    {
                        Use(argument);
                    }
                }
            }
        }

        return used;
    }

    /// <summary>The members and types a method body's instructions name (calls, field accesses, <c>newobj</c>, <c>ldtoken</c>, casts).</summary>
    private static IEnumerable<MemberInfo> MembersIn(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var members = new List<MemberInfo>();
        for (var position = 0; position < il.Length;)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var token = BitConverter.ToInt32(il, position);
                    members.Add(method.Module.ResolveMember(token, typeArguments, methodArguments)!);
                    position += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                default:
                    position += 4;
                    break;
            }
        }

        return members;
    }
}
