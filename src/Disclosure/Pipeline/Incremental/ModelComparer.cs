using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Disclosure.Content;
using Disclosure.Rendering.Models;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Decides whether a page would render the same as last time, by comparing what its template is given: the page
/// model, field by field, down through lists, records and documents. Unchanged documents are the very objects of
/// the previous build, so most comparisons end at a reference check.
/// "Different" is always safe (the page is rendered again); so anything this class cannot see into counts as different.
/// </summary>
public static class ModelComparer
{
    private const int MaximumDepth = 24;
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    public static bool Same(object? a, object? b) => Same(a, b, 0);

    private static bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.GetType() != b.GetType() || depth > MaximumDepth)
        {
            return false;
        }
        if (a is string text)
        {
            return string.Equals(text, (string)b, StringComparison.Ordinal);
        }
        var shape = Shapes.GetOrAdd(a.GetType(), Shape.Of);
        return shape.Kind switch
        {
            ShapeKind.Fields => SameFields(shape.Fields, a, b, depth),
            ShapeKind.Sequence => SameSequence((IEnumerable)a, (IEnumerable)b, depth),
            ShapeKind.Tuple => SameTuple((ITuple)a, (ITuple)b, depth),
            ShapeKind.Value => a.Equals(b),
            _ => false,
        };
    }

    private static bool SameFields(Func<object, object?>[] fields, object a, object b, int depth)
    {
        foreach (var field in fields)
        {
            if (!Same(field(a), field(b), depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SameSequence(IEnumerable a, IEnumerable b, int depth)
    {
        if (a is ICollection ca && b is ICollection cb && ca.Count != cb.Count)
        {
            return false;
        }
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var more = left.MoveNext();
            if (more != right.MoveNext())
            {
                return false;
            }
            if (!more)
            {
                return true;
            }
            if (!Same(left.Current, right.Current, depth + 1))
            {
                return false;
            }
        }
    }

    private static bool SameTuple(ITuple a, ITuple b, int depth)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!Same(a[i], b[i], depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private enum ShapeKind
    {
        /// <summary>Our own types (models, documents, records): every field, so no state is missed.</summary>
        Fields,
        Sequence,
        Tuple,
        /// <summary>Types that define their own equality (numbers, dates, enums, Uri).</summary>
        Value,
        Opaque,
    }

    /// <param name="Fields">Compiled readers of the fields compared, for <see cref="ShapeKind.Fields"/>: thousands of pages are compared per build.</param>
    private sealed record Shape(ShapeKind Kind, Func<object, object?>[] Fields)
    {
        public static Shape Of(Type type)
        {
            if (type.Assembly == typeof(ModelComparer).Assembly)
            {
                return new Shape(ShapeKind.Fields, FieldsOf(type));
            }
            if (typeof(IEnumerable).IsAssignableFrom(type))
            {
                return new Shape(ShapeKind.Sequence, []);
            }
            if (typeof(ITuple).IsAssignableFrom(type))
            {
                return new Shape(ShapeKind.Tuple, []);
            }
            if (type.IsPrimitive || type.IsEnum || type == typeof(Uri) || type == typeof(decimal)
                || type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)))
            {
                return new Shape(ShapeKind.Value, []);
            }
            // A framework struct without its own equality (KeyValuePair): its fields.
            return type.IsValueType ? new Shape(ShapeKind.Fields, FieldsOf(type)) : new Shape(ShapeKind.Opaque, []);
        }

        /// <summary>Instance fields of the type and its bases, less those behind [RawSource] and [SiteWide] properties.</summary>
        private static Func<object, object?>[] FieldsOf(Type type)
        {
            var fields = new List<FieldInfo>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                var skipped = t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(p => p.IsDefined(typeof(RawSourceAttribute)) || p.IsDefined(typeof(SiteWideAttribute)))
                    .Select(p => $"<{p.Name}>k__BackingField")
                    .ToHashSet(StringComparer.Ordinal);
                fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(f => !skipped.Contains(f.Name)));
            }
            return fields.Select(field =>
            {
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Field(Expression.Convert(instance, type), field);
                return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
            }).ToArray();
        }
    }
}
